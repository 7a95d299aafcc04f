package lms.kit.ratelimit;

/**
 * What failures are counted against (an account, an address, the pair), under its rule.
 *
 * @param key the Redis key of its count
 * @param rule how many failures it may have and how long it is locked after
 */
public record Subject(String key, FailureRule rule) {

}
