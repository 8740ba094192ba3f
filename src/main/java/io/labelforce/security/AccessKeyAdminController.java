package io.labelforce.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/access-keys")
@Tag(name = "Access keys", description = "Managed with the administrator token (LABELFORCE_ADMIN_TOKEN)")
class AccessKeyAdminController {

    private final AccessKeyService service;

    AccessKeyAdminController(AccessKeyService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an AK/SK pair for SDK-HMAC-SHA256 signed requests; the secret_key is returned only here")
    CreatedAccessKey create(@Valid @RequestBody CreateApiKeyRequest request) {
        return service.create(request);
    }

    @GetMapping
    @Operation(summary = "List active access keys (without secrets), newest first")
    AccessKeyList list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        Page<AccessKeyView> page = service.list(KeyGrant.newestFirst(offset, limit));
        return new AccessKeyList(page.getTotalElements(), page.getContent());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an access key")
    void revoke(@PathVariable UUID id) {
        service.revoke(id);
    }
}
