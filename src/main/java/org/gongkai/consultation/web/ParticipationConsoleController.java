package org.gongkai.consultation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 公众参与 in the console: the one entry of the navigation leading to consultation, the decision catalog, hearings,
 * surveys, inquiries, responses and attendance (each page checks its own roles).
 */
@Controller
class ParticipationConsoleController {

    @GetMapping("/console/participation")
    String index() {
        return "console/participation/index";
    }
}
