package org.gongkai.portal.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/docs}: the public API's OpenAPI description rendered as a portal page — every operation with its
 * parameters and answers, every answer's fields — without script, for anyone who integrates with the site. The
 * machine-readable document stays at {@code /api/v1/openapi.json}; this page reads the very same document.
 */
@Controller
@Hidden
// the command-line modes (--verify-audit, --rebuild-search-index) start without the web server and without springdoc
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ApiDocsController {

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiDocsController(OpenApiWebMvcResource openApi) {
        this.openApi = openApi;
    }

    record Parameter(String name, String in, String type, boolean required, String description) {}

    record Answer(String status, String description, String type) {}

    record Operation(
            String method,
            String path,
            String tag,
            String summary,
            String description,
            List<Parameter> parameters,
            List<Answer> answers) {}

    record Field(String name, String type, boolean nullable, String description) {}

    record Schema(String name, String description, List<Field> fields) {}

    @GetMapping("/api/v1/docs")
    String docs(HttpServletRequest request, Model model) throws Exception {
        JsonNode api = json.readTree(openApi.openapiJson(request, "/api/v1/openapi.json", Locale.SIMPLIFIED_CHINESE));
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode o = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : o.path("parameters").values()) {
                    parameters.add(new Parameter(
                            p.path("name").asString(""),
                            p.path("in").asString("").equals("path") ? "路径" : "查询",
                            type(p.path("schema")),
                            p.path("required").asBoolean(false),
                            p.path("description").asString("")));
                }
                List<Answer> answers = new ArrayList<>();
                for (Map.Entry<String, JsonNode> r : o.path("responses").properties()) {
                    JsonNode content = r.getValue().path("content");
                    String type = "";
                    for (Map.Entry<String, JsonNode> media : content.properties()) {
                        type = media.getKey() + " · " + type(media.getValue().path("schema"));
                        break;
                    }
                    answers.add(new Answer(
                            r.getKey(), r.getValue().path("description").asString(""), type));
                }
                operations.add(new Operation(
                        method.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        o.path("tags").path(0).asString(""),
                        o.path("summary").asString(""),
                        o.path("description").asString(""),
                        parameters,
                        answers));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::tag).thenComparing(Operation::path));
        List<Schema> schemas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s :
                api.path("components").path("schemas").properties()) {
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : s.getValue().path("properties").properties()) {
                fields.add(new Field(
                        f.getKey(),
                        type(f.getValue()),
                        nullable(f.getValue()),
                        f.getValue().path("description").asString("")));
            }
            schemas.add(new Schema(s.getKey(), s.getValue().path("description").asString(""), fields));
        }
        model.addAttribute("title", api.path("info").path("title").asString(""));
        model.addAttribute("description", api.path("info").path("description").asString(""));
        model.addAttribute("operations", operations);
        model.addAttribute("schemas", schemas);
        return "portal/api-docs";
    }

    /** A schema's type as shown: a named schema, an array of one, a type with its format. */
    private static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString("");
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        String type = "";
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode each : t.values()) {
                if (!each.asString("").equals("null")) {
                    type = each.asString("");
                }
            }
        } else {
            type = t.asString("");
        }
        if (type.equals("array")) {
            return type(schema.path("items")) + "[]";
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").values().forEach(v -> values.add(v.asString("")));
            return type + "（" + String.join(" | ", values) + "）";
        }
        return schema.has("format") ? type + "(" + schema.path("format").asString("") + ")" : type;
    }

    private static boolean nullable(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode each : t.values()) {
                if (each.asString("").equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }
}
