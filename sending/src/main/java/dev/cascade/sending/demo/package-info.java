/**
 * The demo's moving parts: a traffic generator sending a steady trickle of realistic messages through
 * the real client, and a back-fill of past days so the dashboard has history. Off unless configured.
 */
package dev.cascade.sending.demo;
