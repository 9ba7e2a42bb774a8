package cn.jiangxin.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes the pack format documented in docs/policy-pack.md. */
final class PolicyPackJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PolicyPackJson() {
    }

    static PolicyPack read(String text) {
        JsonNode root = JSON.readTree(text);
        if (!PolicyPack.FORMAT.equals(root.path("format").asString(""))) {
            throw new IllegalArgumentException("not a " + PolicyPack.FORMAT + " document");
        }
        Map<String, PackParameter> params = new LinkedHashMap<>();
        root.path("parameters").properties().forEach(e -> {
            String key = e.getKey();
            JsonNode p = e.getValue();
            ParameterType type = ParameterCatalogue.find(key).map(ParameterDefinition::type).orElse(ParameterType.TEXT);
            params.put(key, new PackParameter(type.fromJson(p.get("value")), p.path("article").asString(""),
                    p.path("note").asString("")));
        });
        String from = root.path("effectiveFrom").asString("");
        return new PolicyPack(root.path("code").asString(), root.path("title").asString(),
                root.path("source").asString(""), from.isEmpty() ? null : LocalDate.parse(from), params);
    }

    static String write(PolicyPack pack) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", PolicyPack.FORMAT);
        root.put("code", pack.code());
        root.put("title", pack.title());
        if (pack.effectiveFrom() != null) {
            root.put("effectiveFrom", pack.effectiveFrom().toString());
        }
        root.put("source", pack.source());
        ObjectNode params = root.putObject("parameters");
        pack.parameters().forEach((key, p) -> {
            ObjectNode node = params.putObject(key);
            node.set("value", ParameterCatalogue.find(key).orElseThrow().type().toJson(p.value()));
            node.put("article", p.article());
            if (!p.note().isEmpty()) {
                node.put("note", p.note());
            }
        });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
