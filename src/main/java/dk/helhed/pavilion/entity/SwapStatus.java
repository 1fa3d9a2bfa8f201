package dk.helhed.pavilion.entity;

/** A proposal waits (PROPOSED) until the colleague accepts or declines it, or either block changes hands (STALE). */
public enum SwapStatus {
    PROPOSED, ACCEPTED, DECLINED, STALE, WITHDRAWN
}
