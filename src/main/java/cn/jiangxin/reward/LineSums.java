package cn.jiangxin.reward;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiangxin.platform.Money;

/** How a batch's lines add up by result (笔数、合计): each result with its number of lines and their amount. */
record LineSums(List<Part> parts) {

    record Part(PaymentLine.State state, long lines, long fen) {

        public String yuan() {
            return Money.yuan(fen);
        }
    }

    LineSums {
        parts = List.copyOf(parts);
    }

    /** The results the lines have, in the order of {@link PaymentLine.State}. */
    static LineSums of(List<PaymentLine> lines) {
        Map<PaymentLine.State, List<PaymentLine>> byState = lines.stream()
                .collect(Collectors.groupingBy(PaymentLine::state));
        return new LineSums(java.util.Arrays.stream(PaymentLine.State.values()).filter(byState::containsKey)
                .map(s -> new Part(s, byState.get(s).size(), byState.get(s).stream().mapToLong(PaymentLine::amountFen)
                        .sum())).toList());
    }
}
