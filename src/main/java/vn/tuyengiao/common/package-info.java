/**
 * Small types every module shares: the user's scope in the organisation tree, the
 * application's message-keyed exception and its Vietnamese messages, the one rule for
 * HTML form outcomes ({@link vn.tuyengiao.common.FormActions}), downloads and the clock.
 * Depends on no other module of the application.
 */
package vn.tuyengiao.common;
