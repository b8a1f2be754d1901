package org.gongkai.shared.web;

import java.util.Set;

/**
 * The portal columns a module fills with its public lists. The portal links a column only while it has something in
 * it: a column shown empty is a 空白栏目, five of them a veto of the site inspection (国办秘函〔2019〕19号, RULES §5.2).
 */
public interface FilledColumns {

    /** The keys of this module's columns that have something in them now. */
    Set<String> filled();
}
