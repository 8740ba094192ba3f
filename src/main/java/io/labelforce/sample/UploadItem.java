package io.labelforce.sample;

import io.labelforce.storage.ObjectRef;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One upload item after its own checks: where the file goes (or is), its bytes when inline, or why it fails.
 * Failing one item never fails the others.
 */
final class UploadItem {

    private static final Pattern BAD_NAME = Pattern.compile("[/\\\\!<>=&\"'\\p{Cntrl}]");

    final String name;

    @Nullable
    ObjectRef object;

    byte @Nullable [] bytes;

    @Nullable
    String errorCode;

    @Nullable
    String errorMsg;

    long size;

    @Nullable
    String sampleId;

    private UploadItem(String name) {
        this.name = name;
    }

    boolean ok() {
        return errorCode == null;
    }

    void fail(String code, String message) {
        if (errorCode == null) {
            errorCode = code;
            errorMsg = message;
        }
    }

    static UploadItem inline(String name, String data, long maxFileSize) {
        UploadItem item = new UploadItem(name);
        item.checkName();
        // base64 grows 4/3: refuse what cannot fit before decoding it
        if ((long) data.length() / 4 * 3 > maxFileSize + 3) {
            item.fail(SampleErrors.UPLOAD_FAILED, "data: the file is larger than " + maxFileSize + " bytes");
            return item;
        }
        try {
            byte[] decoded = Base64.getMimeDecoder().decode(data.strip());
            if (decoded.length == 0) {
                item.fail(SampleErrors.UPLOAD_FAILED, "data: the file is empty");
            } else if (decoded.length > maxFileSize) {
                item.fail(SampleErrors.UPLOAD_FAILED, "data: the file is larger than " + maxFileSize + " bytes");
            } else {
                item.bytes = decoded;
                item.size = decoded.length;
            }
        } catch (IllegalArgumentException e) {
            item.fail(SampleErrors.UPLOAD_FAILED, "data: is not valid base64");
        }
        return item;
    }

    static UploadItem reference(String name, @Nullable ObjectRef object) {
        UploadItem item = new UploadItem(name);
        item.checkName();
        if (object == null || object.key().isEmpty() || object.key().endsWith("/")) {
            item.fail(SampleErrors.UPLOAD_FAILED, "source: must name an object, as /bucket/key or s3://bucket/key");
        }
        item.object = object;
        return item;
    }

    static UploadItem invalid(String name, String message) {
        UploadItem item = new UploadItem(name);
        item.fail(SampleErrors.UPLOAD_FAILED, message);
        return item;
    }

    private void checkName() {
        if (name.length() > 1024) {
            fail(SampleErrors.UPLOAD_FAILED, "name: must be at most 1024 characters");
        } else if (BAD_NAME.matcher(name).find() || name.equals(".") || name.equals("..")) {
            fail(
                    SampleErrors.UPLOAD_FAILED,
                    "name: must be a file name without / \\ ! < > = & \" ' or control characters");
        }
    }
}
