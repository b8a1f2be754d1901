/**
 * The demo county (示范县), loaded with {@code --demo} into an empty installation through the same
 * application services and authorization as real use, so the demo also exercises them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "organization",
            "catalog",
            "information",
            "request",
            "portal",
            "consultation",
            "report"
        })
package org.gongkai.demo;
