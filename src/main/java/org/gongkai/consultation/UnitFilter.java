package org.gongkai.consultation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The units a staff list is limited to, as SQL: {@code null} is every unit (the supervising office), otherwise the
 * organization ids of the staff member's scope bound as {@code :units}.
 */
final class UnitFilter {

    private UnitFilter() {}

    /** A where clause on {@code organization_id}, or nothing for every unit. */
    static String where(Collection<Long> units) {
        return units == null ? "" : "where organization_id in (:units) ";
    }

    /** The same condition joined to a where clause already written. */
    static String and(Collection<Long> units) {
        return units == null ? "" : " and organization_id in (:units)";
    }

    /** The named parameters {@code names[i] = values[i]} (given as pairs), with {@code :units} when limited. */
    static Map<String, Object> params(Collection<Long> units, Object... pairs) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        if (units != null) {
            params.put("units", units);
        }
        return params;
    }
}
