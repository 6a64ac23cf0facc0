// From the tts crate (MIT, github.com/ndarilek/tts-rs, examples/android), unchanged but for
// this comment: the crate's JNI_OnLoad looks this class up when the app's library loads, and
// its native methods report an utterance's start, end and stop to the crate.
package rs.tts;

import android.speech.tts.TextToSpeech;
import android.speech.tts.UtteranceProgressListener;

@androidx.annotation.Keep
public class Bridge extends UtteranceProgressListener implements TextToSpeech.OnInitListener {
    public int backendId;

    public Bridge(int backendId) {
        this.backendId = backendId;
    }

    public native void onInit(int status);

    public native void onStart(String utteranceId);

    public native void onStop(String utteranceId, Boolean interrupted);

    public native void onDone(String utteranceId);

    public native void onError(String utteranceId) ;

}
