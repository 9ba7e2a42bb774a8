package cn.jiangxin.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Accessibility basics of one page: the language is declared, there is one main heading, every visible form control
 * has a label, every image has alternative text, and a skip link leads to the content.
 */
public final class AccessibilityCheck {

    private AccessibilityCheck() {
    }

    public static List<String> problems(String path, Document doc) {
        List<String> problems = new ArrayList<>();
        if (doc.selectFirst("html[lang]") == null) {
            problems.add(path + ": no lang on <html>");
        }
        if (doc.select("h1").size() != 1) {
            problems.add(path + ": " + doc.select("h1").size() + " <h1> elements");
        }
        if (doc.selectFirst("a[href=#main]") == null || doc.getElementById("main") == null) {
            problems.add(path + ": no skip link to #main");
        }
        for (Element control : doc.select("input, select, textarea")) {
            String type = control.attr("type");
            if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            boolean labelled = control.hasAttr("aria-label") || control.hasAttr("aria-labelledby")
                    || control.closest("label") != null
                    || (!control.id().isEmpty() && doc.selectFirst("label[for=" + control.id() + "]") != null);
            if (!labelled) {
                problems.add(path + ": unlabelled " + control.tagName() + " name=" + control.attr("name"));
            }
        }
        for (Element img : doc.select("img")) {
            if (!img.hasAttr("alt")) {
                problems.add(path + ": image without alt " + img.attr("src").substring(0, Math.min(30, img.attr("src").length())));
            }
        }
        return problems;
    }
}
