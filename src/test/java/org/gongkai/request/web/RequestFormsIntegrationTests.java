package org.gongkai.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Hostile input on the public request forms (issue 11 "Bad input"): an item index far beyond the form, an unknown
 * enum value, a 5,000-character code or a non-digit suffix — each a page with a message, never a 5xx, nothing stored;
 * the honeypot stops a robot that fills every field.
 */
class RequestFormsIntegrationTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void hostileFormsGetAMessage_neverA5xx_andNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from information_request")
                .query(Long.class)
                .single();
        String unit = Long.toString(organizationId("示范县民政局"));
        MvcResult farItem = mvc.perform(post("/requests/apply")
                        .with(csrf())
                        .param("organizationId", unit)
                        .param("items[5000].title", "x"))
                .andReturn();
        assertThat(farItem.getResponse().getStatus()).isBetween(400, 499);

        MvcResult badEnum = mvc.perform(post("/requests/apply")
                        .with(csrf())
                        .param("organizationId", unit)
                        .param("applicantKind", "EMPEROR"))
                .andReturn();
        assertThat(badEnum.getResponse().getStatus()).isLessThan(500);

        MvcResult robot = mvc.perform(post("/requests/apply")
                        .with(csrf())
                        .param("organizationId", unit)
                        .param("name", "机器人")
                        .param("idType", "RESIDENT_ID")
                        .param("idNumber", "11010519491231002X")
                        .param("phone", "13800000000")
                        .param("items[0].title", "某文件")
                        .param("provisionForm", "PAPER")
                        .param("obtainWay", "PICK_UP")
                        .param("website", "http://spam.example"))
                .andReturn();
        assertThat(robot.getResponse().getStatus()).isEqualTo(200);
        assertThat(robot.getResponse().getContentAsString()).contains("提交未成功");

        MvcResult longCode = mvc.perform(post("/requests/track")
                        .with(csrf())
                        .param("code", "A".repeat(5000))
                        .param("phoneSuffix", "12a4"))
                .andReturn();
        assertThat(longCode.getResponse().getStatus()).isEqualTo(200);
        assertThat(longCode.getResponse().getContentAsString()).contains("没有找到");

        assertThat(mvc.perform(get("/openness/units/999999/requests"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from information_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
