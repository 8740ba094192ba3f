/**
 * Shared building blocks every module may use: the error policy ({@code error_code}/{@code error_msg}, also
 * in the OpenAPI document), strict JSON reading, request ids, random ids, paging and time. Depends on nothing
 * of ours.
 */
@NullMarked
package io.labelforce.common;

import org.jspecify.annotations.NullMarked;
