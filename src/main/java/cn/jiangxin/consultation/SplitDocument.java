package cn.jiangxin.consultation;

import java.util.List;

/** A draft split into articles, with any text before the first heading and warnings about the numbering. */
record SplitDocument(String preamble, int chapterCount, List<Article> articles, List<String> warnings) {

    SplitDocument {
        articles = List.copyOf(articles);
        warnings = List.copyOf(warnings);
    }

    record Article(String chapterLabel, String chapterTitle, String label, String title, String body) {
    }
}
