package org.bellwether.api.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An officer opens a case on a narrative no rule flagged (a resident's call, a partner's report, a narrative found
 * by search): {@code severity} sets the response-time target (default medium), {@code reason} says why.
 */
public record OpenCaseRequest(@NotBlank @Size(max = 200) String narrativeId, @Size(max = 20) String severity,
                              @NotBlank @Size(max = 2000) String reason) {
}
