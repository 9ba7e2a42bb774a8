-- The achievements on a person's record that other modules announce (nomination.RecordedHonours) are of two kinds:
-- an honour won in a selection round (HONOR, C2), and leading a named district studio (STUDIO_LEADER, C3; the honour
-- code holds the studio level). A studio leadership ends on the day the studio is revoked (ended_on); from that day
-- evaluations no longer count it.
ALTER TABLE nomination_recorded_honour ADD COLUMN kind VARCHAR(20) DEFAULT 'HONOR' NOT NULL;
ALTER TABLE nomination_recorded_honour ADD COLUMN ended_on DATE;
