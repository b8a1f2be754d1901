package org.gongkai.shared;

/**
 * A service the page needs is not reachable for the moment (e.g. the search cluster): the visitor gets 503 and a
 * Chinese message saying what to do instead, never a stack trace; the cause is logged, without request data.
 */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What failed, for the log: the type of the cause and of its causes, never their messages (a search engine's
     * error repeats the query a visitor typed).
     */
    public String cause() {
        StringBuilder out = new StringBuilder();
        for (Throwable t = getCause(); t != null && out.length() < 500; t = t.getCause()) {
            out.append(out.isEmpty() ? "" : " ← ").append(t.getClass().getName());
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }
}
