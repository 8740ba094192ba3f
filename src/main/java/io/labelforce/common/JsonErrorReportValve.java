package io.labelforce.common;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last-resort error page, for requests the container rejects before Spring sees them (an encoded
 * slash, a malformed URI): the service's problem body instead of Tomcat's HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String message = resolved != null ? resolved.getReasonPhrase() : "Error";
        String code = GlobalExceptionHandler.codeFor(resolved != null ? resolved : HttpStatus.BAD_REQUEST);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:labelforce:error:" + code + "\",\"title\":\"" + message
                        + "\",\"status\":" + status + ",\"error_code\":\"" + code + "\",\"error_msg\":\""
                        + message + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is unusable: nothing more to say
        }
    }
}
