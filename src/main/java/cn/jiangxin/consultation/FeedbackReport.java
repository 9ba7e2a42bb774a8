package cn.jiangxin.consultation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback report (意见采纳情况): classified comments grouped by article in the order of the draft, overall
 * comments last, with counts by channel and outcome.
 */
record FeedbackReport(ConsultationView consultation, List<Section> sections,
        Map<ChannelKind, Map<CommentOutcome, Long>> counts, long total, long unclassified) {

    public static final String OVERALL = "总体意见";

    public record Section(String heading, List<CommentView> comments) {
    }

    static FeedbackReport of(ConsultationView consultation, List<CommentView> all) {
        Map<Long, List<CommentView>> byArticle = new LinkedHashMap<>();
        List<CommentView> overall = new ArrayList<>();
        Map<ChannelKind, Map<CommentOutcome, Long>> counts = new EnumMap<>(ChannelKind.class);
        long unclassified = 0;
        for (CommentView c : all) {
            if (!c.classified()) {
                unclassified++;
                continue;
            }
            counts.computeIfAbsent(c.channel(), k -> new EnumMap<>(CommentOutcome.class)).merge(c.outcome(), 1L, Long::sum);
            if (c.articleId() == null) {
                overall.add(c);
            } else {
                byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (ConsultationView.Document d : consultation.documents()) {
            for (ConsultationView.Article a : d.articles()) {
                List<CommentView> comments = byArticle.get(a.id());
                if (comments != null) {
                    sections.add(new Section(a.heading(), List.copyOf(comments)));
                }
            }
        }
        if (!overall.isEmpty()) {
            sections.add(new Section(OVERALL, List.copyOf(overall)));
        }
        return new FeedbackReport(consultation, sections, counts, all.size() - unclassified, unclassified);
    }

    public long count(ChannelKind channel, CommentOutcome outcome) {
        return counts.getOrDefault(channel, Map.of()).getOrDefault(outcome, 0L);
    }

    public long countChannel(ChannelKind channel) {
        return counts.getOrDefault(channel, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long countOutcome(CommentOutcome outcome) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(outcome, 0L)).sum();
    }
}
