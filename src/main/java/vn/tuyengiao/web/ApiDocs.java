package vn.tuyengiao.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

import vn.tuyengiao.common.Scope;

/**
 * What the OpenAPI document at {@code /v3/api-docs} leaves out: the user's {@link Scope}
 * is worked out on the server from the login, so it is neither a query parameter nor a
 * request body (it had shown as a required "scope" parameter, and as the body of the
 * upload endpoints instead of their file part).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Scope.class);
	}

}
