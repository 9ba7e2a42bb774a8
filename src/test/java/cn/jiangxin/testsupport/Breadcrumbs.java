package cn.jiangxin.testsupport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The breadcrumbs of a page below the top level ({@code templates/fragments/crumbs.html}): there are some, the way
 * back (the crumb before the page itself) leads elsewhere than the page, the page is named by words rather than an id,
 * and no other "返回"/"Back" link leads to the page itself. Parse the page with its address as base URI
 * ({@code Jsoup.parse(html, "http://localhost" + path)}) so that links resolve.
 */
public final class Breadcrumbs {

    private Breadcrumbs() {
    }

    /** The problems of a page served at that path as that HTML. */
    public static List<String> problems(String path, String html) {
        return problems(path, Jsoup.parse(html, "http://localhost" + path));
    }

    public static List<String> problems(String path, Document doc) {
        List<String> problems = new ArrayList<>();
        Element crumbs = doc.selectFirst("nav.jx-crumbs");
        if (crumbs == null) {
            problems.add(path + ": no breadcrumbs");
        } else {
            Optional<Element> up = up(doc);
            if (up.isEmpty()) {
                problems.add(path + ": breadcrumbs without a way back");
            } else if (path.equals(pathOf(up.get()))) {
                problems.add(path + ": the way back leads to the page itself");
            }
            Element here = crumbs.selectFirst("[aria-current=page]");
            if (here == null || here.text().isBlank() || here.text().strip().matches("\\d+")) {
                problems.add(path + ": the last crumb does not name the page");
            }
            if (crumbs.text().contains("??")) {
                problems.add(path + ": a crumb without its message: " + crumbs.text());
            }
        }
        for (Element link : doc.select("a[href]")) {
            String text = link.text().strip();
            if ((text.startsWith("返回") || text.toLowerCase().startsWith("back")) && path.equals(pathOf(link))) {
                problems.add(path + ": \"" + text + "\" leads to the page itself");
            }
        }
        return problems;
    }

    /** The way back: the crumb marked {@code jx-crumb-up}, or else the last link of the breadcrumbs. */
    public static Optional<Element> up(Document doc) {
        Element crumbs = doc.selectFirst("nav.jx-crumbs");
        if (crumbs == null) {
            return Optional.empty();
        }
        Element up = crumbs.selectFirst("a.jx-crumb-up[href]");
        return Optional.ofNullable(up != null ? up : crumbs.select("a[href]").last());
    }

    /** The texts of the crumbs, first to last. */
    public static List<String> texts(Document doc) {
        Element crumbs = doc.selectFirst("nav.jx-crumbs");
        return crumbs == null ? List.of() : crumbs.select("li").eachText();
    }

    /** The path a link leads to (no query, no fragment), or "" for one that cannot be read. */
    public static String pathOf(Element link) {
        try {
            String path = URI.create(link.absUrl("href")).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
