package cn.jiangxin.platform.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file sent to the browser as a download under its own name (UTF-8, so Chinese names survive), never
 * cached and never sniffed as another type: the evidence a unit attached to a proposal or an application.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<Resource> attachment(String fileName, String contentType, Path path) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }
}
