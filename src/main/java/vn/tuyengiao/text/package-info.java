/**
 * Vietnamese text: search folding, NFC and tone-mark normalisation, TCVN3/VNI legacy
 * encodings, officials' number and date formats. An engine: it depends on no other
 * module.
 */
@ApplicationModule(allowedDependencies = {})
package vn.tuyengiao.text;

import org.springframework.modulith.ApplicationModule;
