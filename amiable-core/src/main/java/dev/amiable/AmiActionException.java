package dev.amiable;

/** The server answered an action with {@code Response: Error}; the response is attached. */
public class AmiActionException extends AmiException {
    private static final long serialVersionUID = 1L;
    private final transient AmiResponse response;

    public AmiActionException(String message, AmiResponse response, boolean customMessage) {
        super(message);
        this.response = response;
    }

    public AmiActionException(String action, AmiResponse response) {
        super(action + " failed: " + (response.message() == null ? "(no message)" : response.message()));
        this.response = response;
    }

    /** The {@code Error} response, with every header the server sent. */
    public AmiResponse response() {
        return response;
    }
}
