/**
 * The web plumbing every page shares: one Thymeleaf engine, one front controller with a route table,
 * CSRF tokens, security headers, and formatting for templates.
 */
package dev.cascade.dashboard.web;
