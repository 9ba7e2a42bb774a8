package cn.jiangxin.selection;

import java.util.Optional;

/** The district recommends at most the round's places: a recommendation beyond them is refused. */
final class PlacesLeft {

    private PlacesLeft() {
    }

    static Optional<String> refusal(Round round, long recommendedSoFar) {
        return recommendedSoFar >= round.places() ? Optional.of("selection.error.placesFull") : Optional.empty();
    }
}
