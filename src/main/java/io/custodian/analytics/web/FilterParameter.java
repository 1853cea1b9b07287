package io.custodian.analytics.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Documents the repeatable {@code filter} parameter, which is read from the request itself. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "filter", in = ParameterIn.QUERY, explode = io.swagger.v3.oas.annotations.enums.Explode.TRUE,
		description = "dimension:value, for example country:DE; repeat for several filters, all of which must hold",
		array = @ArraySchema(schema = @Schema(type = "string", example = "country:DE")))
@interface FilterParameter {
}
