/**
 * Tiny building blocks every module needs: the injected clock, the rule-violation exception that
 * carries a Chinese message for the user, and small text helpers. Open to every module; holds no
 * business rules of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.shared;
