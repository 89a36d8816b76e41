package io.litmine.generation;

/** ONNX Runtime failed while decoding; the message names the model and the batch. */
public final class GenerationException extends RuntimeException {

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
