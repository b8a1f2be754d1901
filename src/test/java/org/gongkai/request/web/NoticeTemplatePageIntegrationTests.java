package org.gongkai.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.gongkai.organization.StaffPrincipal;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A refused paragraph comes back with its message and the text as typed: nothing written is lost. */
class NoticeTemplatePageIntegrationTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void aRefusedTextIsShownAgainWithItsMessage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        StaffPrincipal gkb = actAs("gkb");
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                gkb, null, AuthorityUtils.createAuthorityList("ROLE_SUPERVISOR"));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        var session = new org.springframework.mock.web.MockHttpSession();
        session.setAttribute(org.gongkai.organization.MyAccount.SIGNED_IN_AT, clock.instant());
        long county = organizationId("示范县人民政府");
        String typed = "本机关已收到您的申请（忘了写日期）。";
        MvcResult saved = mvc.perform(post("/console/requests/templates/" + county + "/RECEIVED")
                        .param("text", typed)
                        .session(session)
                        .with(csrf())
                        .with(authentication(auth)))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).contains("/console/requests/templates?unit=" + county);
        MvcResult page = mvc.perform(get("/console/requests/templates")
                        .param("unit", Long.toString(county))
                        .flashAttrs(saved.getFlashMap())
                        .session(session)
                        .with(authentication(auth)))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains(typed).contains("须保留 {收到日期}");
    }
}
