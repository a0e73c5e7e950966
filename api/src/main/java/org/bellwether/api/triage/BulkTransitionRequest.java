package org.bellwether.api.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Move many cases at once (a surge); each case moves or fails on its own. */
public record BulkTransitionRequest(@NotEmpty @Size(max = 500) List<UUID> caseIds, @NotBlank @Size(max = 40) String to,
                                    @Size(max = 2000) String reason) {
}
