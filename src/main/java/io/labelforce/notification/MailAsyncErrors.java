package io.labelforce.notification;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How failures of asynchronous event listeners are logged. A delivery that will be retried
 * ({@link MailDelivery.NotDeliveredYet}) is expected during an SMTP outage: one line, not an error with a
 * stack trace (each mail's cause is already logged by {@link MailDelivery}). Anything else is logged as an
 * error, as Spring's default handler does.
 */
@Configuration(proxyBeanMethods = false)
class MailAsyncErrors implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MailAsyncErrors.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return MailAsyncErrors::handle;
    }

    private static void handle(Throwable failure, Method method, @Nullable Object... params) {
        if (failure instanceof MailDelivery.NotDeliveredYet) {
            log.info("{}: {}", method.getName(), failure.getMessage());
        } else {
            log.error(
                    "Unexpected exception in asynchronous method {} with {}", method, Arrays.toString(params), failure);
        }
    }
}
