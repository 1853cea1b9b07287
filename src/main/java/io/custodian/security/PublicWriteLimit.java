package io.custodian.security;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A per-address limit for the public endpoints anyone may write to (consent records, privacy requests, their codes):
 * add it as an interceptor on their paths; a POST, PUT, PATCH or DELETE beyond
 * {@code custodian.collect.public-writes-per-minute} from one address (behind trusted proxies) is answered 429 with
 * {@code Retry-After} and an RFC 9457 problem, and never reaches the handler.
 */
public interface PublicWriteLimit extends HandlerInterceptor {
}
