/**
 * The append-only audit trail: every write and every sign-in attempt is recorded with who, when, from
 * where, what, on which target and with what result. Entries are chained with SM3 hashes (GB/T 32905)
 * so that any change, removal or insertion is found by verification; the application never updates
 * or deletes an entry. Only the audit administrator reads the whole trail (三员分立).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.gongkai.audit;
