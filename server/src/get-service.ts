import type { Core } from '@strapi/strapi';
import type services from './services';
import { PLUGIN_ID } from './uids';

type ServiceFactories = typeof services;

/** What `strapi.plugin('newsroom').service(name)` hands back for each of the plugin's services. */
export type NewsroomServices = {
  [Name in keyof ServiceFactories]: ServiceFactories[Name] extends (...args: never[]) => infer Instance ? Instance : ServiceFactories[Name];
};

/**
 * The plugin's services, typed: a misspelt name or a call the service does
 * not have fails to compile. Takes the Strapi instance rather than reading the
 * global so the CLI, the bench and the tests fetch services the same way.
 */
export const getService = <Name extends keyof NewsroomServices>(strapi: Core.Strapi, name: Name): NewsroomServices[Name] =>
  strapi.plugin(PLUGIN_ID).service(name);
