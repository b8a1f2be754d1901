package org.gongkai.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description of {@code /api/v1} at {@code /api/v1/openapi.json}, rendered at {@code /api/v1/docs}
 * (issue 10 §4). springdoc reads the controllers and their response records; this adds what it cannot know: the
 * site's configured address as the server (never the Host header a visitor sent), and the problem details every
 * operation may answer with ({@link ApiErrors}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String STAFF_TOKEN = "staffToken";

    @Bean
    OpenAPI gongkaiOpenApi(@Value("${gongkai.site-url}") String siteUrl) {
        String site = siteUrl.strip().replaceAll("/+$", "");
        return new OpenAPI()
                .info(new Info()
                        .title("gongkai 政府信息公开开放接口")
                        .version("v1")
                        .description("已主动公开的政府信息、全文检索、政务公开事项标准目录、工作日计算和依申请公开办理进度："
                                + "只读、无需登录。依申请公开（工作人员）的接口凭系统管理员签发的接口令牌调用"
                                + "（请求头 Authorization: Bearer gk_…），权限与令牌所属账号的角色相同，未带有效令牌返回 401，无权限返回 403。"
                                + "日期为 ISO-8601，时间为 UTC；"
                                + "错误按 RFC 9457 以 application/problem+json 返回，detail 为中文说明。"
                                + "请求过于频繁时返回 429。")
                        .license(new License().name("政府信息，按《中华人民共和国政府信息公开条例》公开")))
                .servers(List.of(new Server().url(site).description("本站")))
                .components(new Components()
                        .addSchemas(PROBLEM, problemSchema())
                        .addSecuritySchemes(
                                STAFF_TOKEN,
                                new io.swagger.v3.oas.models.security.SecurityScheme()
                                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("系统管理员在账号页面签发的接口令牌（gk_ 开头）")));
    }

    /** Every operation may answer 400, 429 and 500 with a problem; those with a path variable also 404. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> api.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(operation -> {
                    operation.getResponses().addApiResponse("400", problem("请求参数有误，detail 说明应如何改正"));
                    if (operation.getSecurity() != null
                            && !operation.getSecurity().isEmpty()) {
                        operation.getResponses().addApiResponse("401", problem("没有有效的接口令牌"));
                        operation.getResponses().addApiResponse("403", problem("令牌所属账号没有该单位的相应角色"));
                    }
                    if (path.contains("{")) {
                        operation.getResponses().addApiResponse("404", problem("没有所请求的已公开内容"));
                    }
                    operation.getResponses().addApiResponse("429", problem("请求过于频繁，请稍后再试"));
                    operation.getResponses().addApiResponse("500", problem("系统处理时出现错误"));
                }));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 问题详情")
                .addProperty("type", new StringSchema().description("问题类型，未细分时省略（即 about:blank）"))
                .addProperty("title", new StringSchema().description("状态的中文标题"))
                .addProperty("status", new IntegerSchema().description("HTTP 状态码"))
                .addProperty("detail", new StringSchema().description("中文说明：哪里有误、应如何改正"))
                .addProperty("instance", new StringSchema().description("出错的请求路径"))
                .addProperty("field", new StringSchema().description("有误的参数名（仅一个参数有误时）"))
                .addProperty("error", new StringSchema().description("同 detail，供第一版接口的调用方使用"))
                .addProperty(
                        "errors",
                        new ObjectSchema().description("多个字段有误时：字段名 → 应如何改正").additionalProperties(new StringSchema()))
                .required(List.of("title", "status", "detail"));
    }
}
