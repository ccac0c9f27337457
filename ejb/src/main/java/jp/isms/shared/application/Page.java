package jp.isms.shared.application;

import java.util.List;

/** A page of rows and the total the database counted for the same filters. */
public record Page<T>(List<T> rows, long total) {
}
