export default {
    "scalars": [
        5,
        15,
        19,
        23,
        28,
        35,
        38,
        40,
        41,
        43,
        44,
        45,
        46,
        48,
        49,
        52,
        58,
        59,
        61,
        64,
        67,
        69,
        73,
        74,
        81,
        84,
        86,
        102,
        104
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                84
            ],
            "name": [
                84
            ],
            "password": [
                84
            ],
            "role": [
                86
            ],
            "__typename": [
                84
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                39
            ],
            "questionDropOff": [
                80
            ],
            "__typename": [
                84
            ]
        },
        "AgentConfig": {
            "agentName": [
                84
            ],
            "emergencyKeywords": [
                84
            ],
            "emergencySensitivity": [
                41
            ],
            "faq": [
                36
            ],
            "id": [
                40
            ],
            "instructions": [
                84
            ],
            "interruptionDelayMs": [
                41
            ],
            "persona": [
                84
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                84
            ],
            "twilioLanguage": [
                84
            ],
            "twilioVoice": [
                84
            ],
            "updatedAt": [
                28
            ],
            "voiceGreeting": [
                84
            ],
            "welcomeMessage": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "ApiKey": {
            "createdAt": [
                28
            ],
            "id": [
                40
            ],
            "lastUsedAt": [
                28
            ],
            "name": [
                84
            ],
            "prefix": [
                84
            ],
            "revokedAt": [
                28
            ],
            "role": [
                81
            ],
            "__typename": [
                84
            ]
        },
        "AuthPayload": {
            "businessId": [
                40
            ],
            "role": [
                81
            ],
            "token": [
                84
            ],
            "userId": [
                40
            ],
            "__typename": [
                84
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                84
            ],
            "allowedOrigins": [
                84
            ],
            "businessHours": [
                7
            ],
            "createdAt": [
                28
            ],
            "description": [
                84
            ],
            "emergencyMessageTemplate": [
                84
            ],
            "id": [
                40
            ],
            "name": [
                84
            ],
            "notificationSettings": [
                65
            ],
            "phoneNumber": [
                84
            ],
            "plan": [
                69
            ],
            "timezone": [
                84
            ],
            "twilioNumber": [
                84
            ],
            "updatedAt": [
                28
            ],
            "website": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "BusinessHours": {
            "holidays": [
                84
            ],
            "weekly": [
                30
            ],
            "__typename": [
                84
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                84
            ],
            "weekly": [
                31
            ],
            "__typename": [
                84
            ]
        },
        "Client": {
            "company": [
                84
            ],
            "createdAt": [
                28
            ],
            "email": [
                84
            ],
            "externalRef": [
                84
            ],
            "id": [
                40
            ],
            "name": [
                84
            ],
            "notes": [
                84
            ],
            "phone": [
                84
            ],
            "projects": [
                75
            ],
            "updatedAt": [
                28
            ],
            "__typename": [
                84
            ]
        },
        "ClientConnection": {
            "edges": [
                11
            ],
            "nodes": [
                9
            ],
            "pageInfo": [
                68
            ],
            "totalCount": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "ClientEdge": {
            "cursor": [
                84
            ],
            "node": [
                9
            ],
            "__typename": [
                84
            ]
        },
        "ClientInput": {
            "company": [
                84
            ],
            "email": [
                84
            ],
            "name": [
                84
            ],
            "notes": [
                84
            ],
            "phone": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                40
            ],
            "createdAt": [
                28
            ],
            "id": [
                40
            ],
            "kind": [
                15
            ],
            "value": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                40
            ],
            "kind": [
                15
            ],
            "value": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                84
            ],
            "folderId": [
                84
            ],
            "serviceAccountKey": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                84
            ],
            "apiToken": [
                84
            ],
            "customerColumn": [
                84
            ],
            "customerField": [
                84
            ],
            "doneLabels": [
                84
            ],
            "email": [
                84
            ],
            "jql": [
                84
            ],
            "provider": [
                73
            ],
            "signingSecret": [
                84
            ],
            "siteUrl": [
                84
            ],
            "workspaceGid": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "Conversation": {
            "channel": [
                19
            ],
            "client": [
                9
            ],
            "durationSeconds": [
                41
            ],
            "endedAt": [
                28
            ],
            "fromNumber": [
                84
            ],
            "id": [
                40
            ],
            "leads": [
                50
            ],
            "messages": [
                60,
                {
                    "first": [
                        41
                    ]
                }
            ],
            "startedAt": [
                28
            ],
            "status": [
                23
            ],
            "summary": [
                84
            ],
            "toNumber": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                21
            ],
            "nodes": [
                18
            ],
            "pageInfo": [
                68
            ],
            "totalCount": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "ConversationEdge": {
            "cursor": [
                84
            ],
            "node": [
                18
            ],
            "__typename": [
                84
            ]
        },
        "ConversationFilter": {
            "channel": [
                19
            ],
            "startedAfter": [
                28
            ],
            "startedBefore": [
                28
            ],
            "status": [
                23
            ],
            "__typename": [
                84
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                19
            ],
            "conversation": [
                18
            ],
            "conversationId": [
                40
            ],
            "status": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                84
            ],
            "format": [
                46
            ],
            "title": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                41
            ],
            "chats": [
                41
            ],
            "emergencies": [
                41
            ],
            "enhanced": [
                34
            ],
            "from": [
                28
            ],
            "leadsByStatus": [
                83
            ],
            "leadsPerDay": [
                29
            ],
            "leadsTotal": [
                41
            ],
            "timezone": [
                84
            ],
            "to": [
                28
            ],
            "__typename": [
                84
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                41
            ],
            "date": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "DayHours": {
            "day": [
                84
            ],
            "ranges": [
                88
            ],
            "__typename": [
                84
            ]
        },
        "DayHoursInput": {
            "day": [
                84
            ],
            "ranges": [
                89
            ],
            "__typename": [
                84
            ]
        },
        "DayKeyCount": {
            "count": [
                41
            ],
            "date": [
                84
            ],
            "key": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "DriveSyncResult": {
            "added": [
                41
            ],
            "removed": [
                41
            ],
            "skipped": [
                41
            ],
            "unchanged": [
                41
            ],
            "updated": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                38
            ],
            "averageChatDurationSeconds": [
                38
            ],
            "conversionRate": [
                38
            ],
            "leadsPerDayByChannel": [
                32
            ],
            "leadsPerDayByPriority": [
                32
            ],
            "__typename": [
                84
            ]
        },
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                84
            ],
            "question": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "FaqEntryInput": {
            "answer": [
                84
            ],
            "question": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                41
            ],
            "dayOfWeek": [
                41
            ],
            "hour": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                84
            ],
            "createdAt": [
                28
            ],
            "credentialsHint": [
                84
            ],
            "id": [
                40
            ],
            "lastError": [
                84
            ],
            "lastSyncAt": [
                28
            ],
            "projectCount": [
                41
            ],
            "provider": [
                43
            ],
            "status": [
                44
            ],
            "taskCount": [
                41
            ],
            "webhooksActive": [
                5
            ],
            "__typename": [
                84
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                41
            ],
            "content": [
                84
            ],
            "createdAt": [
                28
            ],
            "id": [
                40
            ],
            "source": [
                48
            ],
            "status": [
                49
            ],
            "title": [
                84
            ],
            "updatedAt": [
                28
            ],
            "__typename": [
                84
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                28
            ],
            "address": [
                84
            ],
            "capturedData": [
                45
            ],
            "channel": [
                52
            ],
            "client": [
                9
            ],
            "conversation": [
                18
            ],
            "createdAt": [
                28
            ],
            "email": [
                84
            ],
            "emergencyNotes": [
                84
            ],
            "emergencySeverity": [
                41
            ],
            "id": [
                40
            ],
            "isEmergency": [
                5
            ],
            "issue": [
                84
            ],
            "name": [
                84
            ],
            "notes": [
                84
            ],
            "notifications": [
                63
            ],
            "phone": [
                84
            ],
            "priority": [
                74
            ],
            "status": [
                58
            ],
            "updatedAt": [
                28
            ],
            "__typename": [
                84
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                50
            ],
            "leadId": [
                40
            ],
            "__typename": [
                84
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                54
            ],
            "nodes": [
                50
            ],
            "pageInfo": [
                68
            ],
            "totalCount": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "LeadEdge": {
            "cursor": [
                84
            ],
            "node": [
                50
            ],
            "__typename": [
                84
            ]
        },
        "LeadFilter": {
            "channel": [
                52
            ],
            "createdAfter": [
                28
            ],
            "createdBefore": [
                28
            ],
            "isEmergency": [
                5
            ],
            "priority": [
                74
            ],
            "search": [
                84
            ],
            "status": [
                58
            ],
            "__typename": [
                84
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                35
            ],
            "id": [
                40
            ],
            "mapsTo": [
                59
            ],
            "position": [
                41
            ],
            "question": [
                84
            ],
            "required": [
                5
            ],
            "__typename": [
                84
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                35
            ],
            "mapsTo": [
                59
            ],
            "question": [
                84
            ],
            "required": [
                5
            ],
            "__typename": [
                84
            ]
        },
        "LeadStatus": {},
        "MapsTo": {},
        "Message": {
            "content": [
                84
            ],
            "createdAt": [
                28
            ],
            "id": [
                40
            ],
            "role": [
                61
            ],
            "__typename": [
                84
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "addClientLinkRule": [
                13,
                {
                    "input": [
                        14,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                97,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "connectGoogleDrive": [
                42,
                {
                    "input": [
                        16,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                42,
                {
                    "input": [
                        17,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "createApiKey": [
                26,
                {
                    "name": [
                        84,
                        "String!"
                    ],
                    "role": [
                        86
                    ]
                }
            ],
            "createClient": [
                9,
                {
                    "input": [
                        12,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                47,
                {
                    "input": [
                        25,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                56,
                {
                    "input": [
                        57,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                101,
                {
                    "input": [
                        100,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                5,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                5,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                5,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                5,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                5,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "linkProjectToClient": [
                75,
                {
                    "clientId": [
                        40
                    ],
                    "projectId": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        84,
                        "String!"
                    ],
                    "password": [
                        84,
                        "String!"
                    ]
                }
            ],
            "removeClientLinkRule": [
                5,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                5,
                {
                    "userId": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                56,
                {
                    "ids": [
                        40,
                        "[ID!]!"
                    ]
                }
            ],
            "retryNotification": [
                63,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                101,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                87,
                {
                    "to": [
                        84
                    ]
                }
            ],
            "setPlan": [
                6,
                {
                    "businessId": [
                        40,
                        "ID!"
                    ],
                    "plan": [
                        69,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                97,
                {
                    "role": [
                        86,
                        "TeamRole!"
                    ],
                    "userId": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        82,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                33
            ],
            "syncProjects": [
                78,
                {
                    "integrationId": [
                        40
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        90,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                6,
                {
                    "input": [
                        91,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                9,
                {
                    "id": [
                        40,
                        "ID!"
                    ],
                    "input": [
                        12,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                47,
                {
                    "id": [
                        40,
                        "ID!"
                    ],
                    "input": [
                        92,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                50,
                {
                    "id": [
                        40,
                        "ID!"
                    ],
                    "input": [
                        93,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                56,
                {
                    "id": [
                        40,
                        "ID!"
                    ],
                    "input": [
                        94,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                6,
                {
                    "input": [
                        66,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        95,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                99,
                {
                    "id": [
                        40,
                        "ID!"
                    ],
                    "input": [
                        100,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                103,
                {
                    "input": [
                        96,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "__typename": [
                84
            ]
        },
        "Notification": {
            "attempts": [
                41
            ],
            "channel": [
                64
            ],
            "createdAt": [
                28
            ],
            "id": [
                40
            ],
            "kind": [
                84
            ],
            "lastError": [
                84
            ],
            "leadId": [
                40
            ],
            "maxAttempts": [
                41
            ],
            "nextAttemptAt": [
                28
            ],
            "recipient": [
                84
            ],
            "sentAt": [
                28
            ],
            "status": [
                67
            ],
            "__typename": [
                84
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "notificationEmail": [
                84
            ],
            "notificationPhoneNumber": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "NotificationSettingsInput": {
            "notificationEmail": [
                84
            ],
            "notificationPhoneNumber": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                84
            ],
            "hasNextPage": [
                5
            ],
            "__typename": [
                84
            ]
        },
        "Plan": {},
        "PlanFeature": {
            "description": [
                84
            ],
            "included": [
                5
            ],
            "key": [
                84
            ],
            "requiredPlan": [
                69
            ],
            "__typename": [
                84
            ]
        },
        "PlanInfo": {
            "features": [
                70
            ],
            "limits": [
                72
            ],
            "tier": [
                69
            ],
            "__typename": [
                84
            ]
        },
        "PlanLimit": {
            "name": [
                84
            ],
            "value": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                9
            ],
            "completedTaskCount": [
                41
            ],
            "description": [
                84
            ],
            "dueDate": [
                84
            ],
            "externalId": [
                84
            ],
            "id": [
                40
            ],
            "lastSyncedAt": [
                28
            ],
            "name": [
                84
            ],
            "progress": [
                41
            ],
            "provider": [
                84
            ],
            "status": [
                84
            ],
            "taskCount": [
                41
            ],
            "url": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "ProjectConnection": {
            "edges": [
                77
            ],
            "nodes": [
                75
            ],
            "pageInfo": [
                68
            ],
            "totalCount": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "ProjectEdge": {
            "cursor": [
                84
            ],
            "node": [
                75
            ],
            "__typename": [
                84
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                41
            ],
            "taskCount": [
                41
            ],
            "__typename": [
                84
            ]
        },
        "Query": {
            "agentConfig": [
                2
            ],
            "apiKeys": [
                3,
                {
                    "includeRevoked": [
                        5
                    ]
                }
            ],
            "business": [
                6
            ],
            "client": [
                9,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                13
            ],
            "clients": [
                10,
                {
                    "after": [
                        84
                    ],
                    "first": [
                        41
                    ],
                    "search": [
                        84
                    ]
                }
            ],
            "conversation": [
                18,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                20,
                {
                    "after": [
                        84
                    ],
                    "filter": [
                        22
                    ],
                    "first": [
                        41
                    ]
                }
            ],
            "dashboard": [
                27,
                {
                    "from": [
                        28
                    ],
                    "to": [
                        28
                    ]
                }
            ],
            "integrations": [
                42
            ],
            "knowledgeItem": [
                47,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                47
            ],
            "lead": [
                50,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                56
            ],
            "leads": [
                53,
                {
                    "after": [
                        84
                    ],
                    "filter": [
                        55
                    ],
                    "first": [
                        41
                    ]
                }
            ],
            "me": [
                98
            ],
            "notifications": [
                63,
                {
                    "leadId": [
                        40
                    ],
                    "limit": [
                        41
                    ],
                    "offset": [
                        41
                    ],
                    "status": [
                        67
                    ]
                }
            ],
            "plan": [
                71
            ],
            "project": [
                75,
                {
                    "id": [
                        40,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                76,
                {
                    "after": [
                        84
                    ],
                    "clientId": [
                        40
                    ],
                    "first": [
                        41
                    ],
                    "status": [
                        84
                    ]
                }
            ],
            "team": [
                97
            ],
            "webhookEndpoints": [
                99
            ],
            "widgetConfig": [
                103
            ],
            "__typename": [
                84
            ]
        },
        "QuestionDropOff": {
            "answered": [
                41
            ],
            "dropOffRate": [
                38
            ],
            "position": [
                41
            ],
            "question": [
                84
            ],
            "questionId": [
                40
            ],
            "__typename": [
                84
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                84
            ],
            "email": [
                84
            ],
            "name": [
                84
            ],
            "password": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "StatusCount": {
            "count": [
                41
            ],
            "status": [
                58
            ],
            "__typename": [
                84
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                24
            ],
            "leadCaptured": [
                51
            ],
            "__typename": [
                84
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                84
            ],
            "error": [
                84
            ],
            "success": [
                5
            ],
            "to": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "TimeRange": {
            "close": [
                84
            ],
            "open": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "TimeRangeInput": {
            "close": [
                84
            ],
            "open": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                84
            ],
            "emergencyKeywords": [
                84
            ],
            "emergencySensitivity": [
                41
            ],
            "faq": [
                37
            ],
            "instructions": [
                84
            ],
            "persona": [
                84
            ],
            "welcomeMessage": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                84
            ],
            "allowedOrigins": [
                84
            ],
            "businessHours": [
                8
            ],
            "description": [
                84
            ],
            "emergencyMessageTemplate": [
                84
            ],
            "name": [
                84
            ],
            "phoneNumber": [
                84
            ],
            "timezone": [
                84
            ],
            "website": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                84
            ],
            "format": [
                46
            ],
            "title": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                5
            ],
            "clientId": [
                40
            ],
            "notes": [
                84
            ],
            "priority": [
                74
            ],
            "status": [
                58
            ],
            "__typename": [
                84
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                35
            ],
            "mapsTo": [
                59
            ],
            "question": [
                84
            ],
            "required": [
                5
            ],
            "__typename": [
                84
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                41
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                84
            ],
            "twilioLanguage": [
                84
            ],
            "twilioVoice": [
                84
            ],
            "voiceGreeting": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                84
            ],
            "greeting": [
                84
            ],
            "launcherText": [
                84
            ],
            "position": [
                104
            ],
            "primaryColor": [
                84
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "User": {
            "createdAt": [
                28
            ],
            "email": [
                84
            ],
            "id": [
                40
            ],
            "lastLoginAt": [
                28
            ],
            "name": [
                84
            ],
            "role": [
                81
            ],
            "__typename": [
                84
            ]
        },
        "Viewer": {
            "apiKeyId": [
                40
            ],
            "business": [
                6
            ],
            "role": [
                81
            ],
            "user": [
                97
            ],
            "__typename": [
                84
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                28
            ],
            "deliveries": [
                63,
                {
                    "limit": [
                        41
                    ]
                }
            ],
            "description": [
                84
            ],
            "enabled": [
                5
            ],
            "events": [
                102
            ],
            "id": [
                40
            ],
            "secretHint": [
                84
            ],
            "updatedAt": [
                28
            ],
            "url": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                84
            ],
            "enabled": [
                5
            ],
            "events": [
                102
            ],
            "url": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                99
            ],
            "secret": [
                84
            ],
            "__typename": [
                84
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                84
            ],
            "greeting": [
                84
            ],
            "id": [
                40
            ],
            "launcherText": [
                84
            ],
            "position": [
                104
            ],
            "primaryColor": [
                84
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                84
            ],
            "updatedAt": [
                28
            ],
            "__typename": [
                84
            ]
        },
        "WidgetPosition": {}
    }
}