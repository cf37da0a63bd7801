/** The one JSON configuration every Telesign payload is read and written with. */
package dev.cascade.telesign.json;
