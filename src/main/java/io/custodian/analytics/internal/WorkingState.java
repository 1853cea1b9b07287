package io.custodian.analytics.internal;

import java.util.Map;

/** The stored sessions and pageviews a chunk of events continues, by key. */
record WorkingState(Map<StateKey, SessionState> sessions, Map<StateKey, PageviewState> pageviews) {
}
