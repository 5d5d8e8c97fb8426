package nl.supplementguidelines.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Webhook;
import io.swagger.v3.oas.annotations.Webhooks;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.Paging;
import nl.supplementguidelines.web.security.Editor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Webhook endpoints over HTTP; every operation needs {@code webhooks:manage} and acts on the caller's own endpoints only. */
@RestController
@Webhooks(@Webhook(name = "changeEvent", operation = @Operation(operationId = "deliverChangeEvent", tags = WebhookController.TAG,
        summary = "A change-feed event, POSTed to your endpoint",
        description = "Every change-feed event your endpoint subscribes to, in feed order, one at a time, at least once (a repeat has the same "
                + "`webhook-id`: drop it). Signed as the Standard Webhooks specification says: `webhook-signature` is `v1,` and the base64 "
                + "HMAC-SHA256, keyed with the base64-decoded part of your secret after `whsec_`, of `{webhook-id}.{webhook-timestamp}.{body}` "
                + "(the body's bytes as received). Refuse a timestamp more than five minutes from your clock. Answer any 2xx within "
                + "`api.webhooks.read-timeout` (5 s) to acknowledge; anything else (a 3xx too: redirects are not followed) is retried with "
                + "exponential backoff and full jitter (5 s, 10 s, 20 s ... up to 1 h) for 24 h, then the endpoint is disabled.",
        parameters = {
                @Parameter(in = ParameterIn.HEADER, name = "webhook-id", required = true, description = "The message id, the same in every attempt at one event",
                        schema = @Schema(type = "string"), example = "evt_57"),
                @Parameter(in = ParameterIn.HEADER, name = "webhook-timestamp", required = true, description = "When this attempt was signed, in unix seconds",
                        schema = @Schema(type = "integer", format = "int64"), example = "1764584131"),
                @Parameter(in = ParameterIn.HEADER, name = "webhook-signature", required = true, description = "`v1,` and the base64 HMAC-SHA256 signature",
                        schema = @Schema(type = "string"), example = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=")},
        requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The event in the Standard Webhooks envelope",
                content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WebhookMessage.class),
                        examples = @ExampleObject(name = "guidelinePublished", value = """
                                {"type":"GUIDELINE_PUBLISHED","timestamp":"2026-12-01T10:15:30.123456Z","data":{"position":57,"type":"GUIDELINE_PUBLISHED",\
                                "occurredAt":"2026-12-01T10:15:30.123456Z","guideline":{"slug":"leaky-gut","version":2,\
                                "href":"/api/v1/guidelines/leaky-gut/versions/2"},"language":null,"nutrient":null}}"""))),
        responses = @ApiResponse(responseCode = "200", description = "Any 2xx acknowledges the event; the body is not read"))))
@RequestMapping(path = ApiPaths.WEBHOOKS, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = WebhookController.TAG, description = "Signed deliveries of the change feed to your endpoints (Standard Webhooks); needs the scope webhooks:manage")
class WebhookController {

    static final String TAG = "Webhooks";
    private static final String ID_EXAMPLE = "0f8e3c2a-5b1d-4c7e-9a6f-2d4b8e1c3a70";

    private final WebhookRegistry webhooks;

    WebhookController(WebhookRegistry webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "registerWebhook", summary = "Register a webhook endpoint",
            description = "Registers an https endpoint to receive change-feed events as signed POSTs (see the `webhooks` of this document for "
                    + "the body and headers). The answer shows the signing secret this once: store it, it is never shown again. Delivery "
                    + "starts with the next event; events from before the registration are not sent. The host must resolve to public "
                    + "addresses only (400 `/problems/webhook-target-refused` otherwise); at most `api.webhooks.max-endpoints` (20) per subject (409).")
    @ApiResponse(responseCode = "201", description = "Registered; the secret is in this answer only",
            headers = @Header(name = "Location", description = "The endpoint", schema = @Schema(type = "string")))
    ResponseEntity<WebhookView.Registered> register(@RequestBody NewWebhook body, @Parameter(hidden = true) Editor editor) {
        WebhookView.Registered registered = webhooks.register(body, editor);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(registered.webhook().href())).cacheControl(CacheControl.noStore())
                .body(registered);
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "List your webhook endpoints",
            description = "The endpoints the token's subject registered, oldest first (at most `api.webhooks.max-endpoints`, so one page). "
                    + "Another subject's endpoints are not listed, whatever its scopes.")
    @ApiResponse(responseCode = "200", description = "Your endpoints")
    ResponseEntity<WebhookView.Listing> list(@Parameter(hidden = true) Editor editor) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new WebhookView.Listing(webhooks.list(editor)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook endpoint",
            description = "The endpoint, its cursor and state (without the secret). 404 for an id that is not one of yours.")
    @ApiResponse(responseCode = "200", description = "The endpoint")
    ResponseEntity<WebhookView> get(@Parameter(description = "The endpoint's id", example = ID_EXAMPLE) @PathVariable("id") String id,
            @Parameter(hidden = true) Editor editor) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(webhooks.get(id, editor));
    }

    // No body to negotiate: any Accept will do (a client that accepts only problems for the errors gets its 204).
    @DeleteMapping(path = "/{id}", produces = MediaType.ALL_VALUE)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
            description = "Deletes the endpoint and its delivery log; nothing more is sent to it (an attempt in flight may still arrive).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@Parameter(description = "The endpoint's id", example = ID_EXAMPLE) @PathVariable("id") String id,
            @Parameter(hidden = true) Editor editor) {
        webhooks.delete(id, editor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable a disabled webhook endpoint",
            description = "An endpoint that failed for the whole retry window was disabled (`disabledReason` says why). Enabling it resumes "
                    + "delivery at the event it stopped at, at once, with a fresh retry window. An enabled endpoint is answered as it is.")
    @ApiResponse(responseCode = "200", description = "The endpoint, enabled")
    ResponseEntity<WebhookView> enable(@Parameter(description = "The endpoint's id", example = ID_EXAMPLE) @PathVariable("id") String id,
            @Parameter(hidden = true) Editor editor) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(webhooks.enable(id, editor));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Read an endpoint's delivery log",
            description = "Every attempt, newest first: delivered (2xx), failed (with the status or error and when it is retried), and the "
                    + "disabling. The newest `api.webhooks.log-size` (1000) attempts are kept.")
    @ApiResponse(responseCode = "200", description = "One page of the log")
    ResponseEntity<WebhookView.Deliveries> deliveries(
            @Parameter(description = "The endpoint's id", example = ID_EXAMPLE) @PathVariable("id") String id,
            @Parameter(description = Paging.PAGE_DESCRIPTION, example = "0") @RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION, example = "20") @RequestParam(name = "size", defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            @Parameter(hidden = true) Editor editor) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(webhooks.deliveries(id, page, size, editor));
    }
}
