package cn.jiangxin.selection;

import java.time.LocalDate;
import java.util.Optional;

/** Units may propose people only while the round's window is open: from its first to its last day, unless ended. */
final class ProposalWindowOpen {

    private ProposalWindowOpen() {
    }

    static Optional<String> refusal(Round round, LocalDate today) {
        return switch (round.stageOn(today)) {
            case PROPOSING -> Optional.empty();
            case UPCOMING -> Optional.of("selection.error.windowNotOpen");
            case DECIDING -> Optional.of("selection.error.windowClosed");
        };
    }
}
