/**
 * Labeling jobs of the old ModelArts SDK ({@code LabelApi}): {@code /v1/{project_id}/annotation-jobs}.
 */
@NullMarked
package io.labelforce.job;

import org.jspecify.annotations.NullMarked;
