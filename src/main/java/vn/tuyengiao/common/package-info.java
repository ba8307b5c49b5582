/**
 * Small types every module shares: the user's scope in the organisation tree and the
 * application's message-keyed exception.
 */
package vn.tuyengiao.common;
