package io.labelforce.notification;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.FieldRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Team labeling tasks", description = "A dataset handed to labeling teams")
class NotifyController {

    private final NotifyService service;

    NotifyController(NotifyService service) {
        this.service = service;
    }

    @PostMapping("/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify")
    @Operation(
            summary = "E-mail members of a task (SendEmails): a BatchResponse with one result per address; "
                    + "the mails are sent asynchronously and their outcome shows as email_status / last_notify_time")
    BatchResponse notify(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @Valid @RequestBody NotifyRequest request,
            @RequestParam(required = false)
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    @Nullable
                    String locale) {
        String chosen =
                locale != null ? locale : request.locale() != null ? request.locale() : FieldRules.DEFAULT_LOCALE;
        return service.notify(projectId, datasetId, taskId, request.emails(), chosen);
    }
}
