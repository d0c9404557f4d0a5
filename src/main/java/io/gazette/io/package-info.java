/**
 * Input readers: every input file becomes a stream of {@link io.gazette.model.RawPage}s, one per
 * record, pages and non-pages alike, so that the run report can prove every record was accounted
 * for. Pure Java (no Spark or Hadoop); nothing holds a whole file in memory.
 *
 * <p>Entry point: {@link io.gazette.io.PageReaders#open}, which detects the format from the bytes.
 * What a RawPage holds, per format:
 *
 * <table>
 *   <caption>RawPage fields by format</caption>
 *   <tr><th>format</th><th>sourceOffset</th><th>payload</th><th>contentType</th><th>url / fetchedAt / recordId</th></tr>
 *   <tr><td>WARC</td><td>gzip member offset when the record starts one, else byte offset in the
 *       decompressed stream</td><td>{@code body}: bytes, transfer and content codings removed;
 *       {@code text} null</td><td>HTTP Content-Type (resource records: the WARC one)</td>
 *       <td>WARC-Target-URI / WARC-Date / WARC-Record-ID without angle brackets</td></tr>
 *   <tr><td>JSONL</td><td>1-based line number</td><td>{@code text}: the decoded HTML string;
 *       {@code body} null</td><td>{@code text/html}</td><td>configured fields</td></tr>
 *   <tr><td>HTML</td><td>0</td><td>{@code body}: the file's bytes</td><td>{@code text/html}</td>
 *       <td>saved-from comment, canonical or og:url / null / null</td></tr>
 *   <tr><td>TEXT</td><td>0</td><td>{@code body}: the file's bytes without a leading URL line</td>
 *       <td>{@code text/plain}</td><td>leading "URL:" line / null / null</td></tr>
 * </table>
 *
 * <p>To get text from a {@code body}, call {@link io.gazette.io.TextDecoder#decode} with the
 * page's contentType; it reports which charset it used and why. {@code truncated} is true when a
 * payload was cut at {@code input.max-record-bytes} or arrived incomplete.
 *
 * <p>Skip reasons the readers produce: WARC_REVISIT, WARC_NOT_RESPONSE, HTTP_STATUS and NOT_HTML
 * (WARC only, decided from headers so the bodies of images and errors are never read),
 * BINARY_CONTENT, EMPTY_BODY, CORRUPT_RECORD (one bad record, reading goes on), MISSING_URL
 * (JSONL), TRUNCATED_INPUT (the file is cut or corrupt from here: always the last record of its
 * file) and UNREADABLE_FILE (the file gave no byte at all).
 */
package io.gazette.io;
