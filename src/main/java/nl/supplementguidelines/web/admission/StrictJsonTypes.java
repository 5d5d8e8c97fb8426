package nl.supplementguidelines.web.admission;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies must have exactly the JSON types the OpenAPI document gives: by default Jackson reads
 * {@code "amount": "30"} as a number, {@code "nutrient": 5} as a string and {@code "amount": ""} as null, which
 * the document does not allow. Each such value is now a 400 naming the field and the type it must have. A member
 * given twice ({@code {"guidelines": [...], "guidelines": [...]}}) is refused too: by default the last one silently
 * wins, so part of what the client sent would be lost. A fraction for a whole number ({@code 2.7}, also {@code 2.0}) is
 * refused rather than truncated.
 */
@Component
class StrictJsonTypes implements JsonMapperBuilderCustomizer {

    private static final CoercionInputShape[] SCALARS = {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean};
    private static final CoercionInputShape[] TEXT = {CoercionInputShape.String, CoercionInputShape.EmptyString};

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        builder.withCoercionConfig(LogicalType.Textual, config -> refuse(config, SCALARS));
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            builder.withCoercionConfig(number, config -> refuse(config, TEXT));
        }
        builder.withCoercionConfig(LogicalType.Boolean, config -> refuse(config, CoercionInputShape.Integer, CoercionInputShape.Float));
        // Jackson would truncate "evidence": 2.7 to 2 (ACCEPT_FLOAT_AS_INT): a whole number is sent as one.
        builder.withCoercionConfig(LogicalType.Integer, config -> refuse(config, CoercionInputShape.Float));
    }

    private static void refuse(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
