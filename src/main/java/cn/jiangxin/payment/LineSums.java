package cn.jiangxin.payment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiangxin.platform.Money;

/** How a batch's lines add up by result (笔数、合计): each result with its number of lines and their amount. */
record LineSums(List<Part> parts) {

    record Part(BatchLine.State state, long lines, long fen) {

        public String yuan() {
            return Money.yuan(fen);
        }
    }

    LineSums {
        parts = List.copyOf(parts);
    }

    /** The results the lines have, in the order of {@link BatchLine.State}. */
    static LineSums of(List<BatchLine> lines) {
        Map<BatchLine.State, List<BatchLine>> byState = lines.stream()
                .collect(Collectors.groupingBy(BatchLine::state));
        return new LineSums(java.util.Arrays.stream(BatchLine.State.values()).filter(byState::containsKey)
                .map(s -> new Part(s, byState.get(s).size(), byState.get(s).stream().mapToLong(BatchLine::amountFen)
                        .sum())).toList());
    }
}
