package io.gazette.spark;

/** Records read and rows written do not add up: something was lost, and the run must say so. */
public final class AccountingException extends RuntimeException {
    public AccountingException(String message) {
        super(message);
    }
}
