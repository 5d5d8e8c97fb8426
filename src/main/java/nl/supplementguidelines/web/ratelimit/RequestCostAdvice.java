package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.web.CostedRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;

/**
 * Charges a request body that lists items the rest of its price ({@link RateLimitProperties#priceOf}) right after it
 * is read and before it is validated or processed; the rate limit filter took 1 token already. A client out of
 * budget gets the 429 problem and the work is never done.
 */
@ControllerAdvice
class RequestCostAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && CostedRequest.class.isAssignableFrom(type);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object charge = attributes == null ? null : attributes.getAttribute(RateLimitFilter.CHARGE, RequestAttributes.SCOPE_REQUEST);
        // No charge without the rate limit filter (disabled, or a test slice without filters).
        if (charge instanceof RateLimitFilter.Charge pay && body instanceof CostedRequest costed) {
            pay.payForItems(costed.pricedItems());
        }
        return body;
    }
}
